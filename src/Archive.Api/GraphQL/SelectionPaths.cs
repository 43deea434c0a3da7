using GraphQLParser.AST;

namespace Archive.Api.GraphQL;

/// <summary>
/// Whether a field's selection reaches a path of field names (through inline and named fragments), so a resolver
/// reads ahead only what the response will show. Directives (@skip, @include) are not evaluated: a path they may
/// drop still counts as selected.
/// </summary>
internal static class SelectionPaths
{
    private const int MaxDepth = 64;

    public static bool Selects(GraphQLField field, GraphQLDocument? document, params ReadOnlySpan<string> path) =>
        Selects(field.SelectionSet, document, path, depth: 0);

    private static bool Selects(GraphQLSelectionSet? selectionSet, GraphQLDocument? document, ReadOnlySpan<string> path, int depth)
    {
        if (path.IsEmpty)
        {
            return true;
        }

        if (selectionSet is null || depth > MaxDepth)
        {
            return false;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                GraphQLField field => field.Name.Value.Span.SequenceEqual(path[0].AsSpan()) && Selects(field.SelectionSet, document, path[1..], depth + 1),
                GraphQLInlineFragment inline => Selects(inline.SelectionSet, document, path, depth + 1),
                GraphQLFragmentSpread spread => Selects(Fragment(document, spread)?.SelectionSet, document, path, depth + 1),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument? document, GraphQLFragmentSpread spread) =>
        document?.Definitions.OfType<GraphQLFragmentDefinition>()
            .FirstOrDefault(d => d.FragmentName.Name.Value.Span.SequenceEqual(spread.FragmentName.Name.Value.Span));
}
