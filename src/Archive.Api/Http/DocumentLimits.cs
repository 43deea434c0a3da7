using GraphQLParser.AST;

namespace Archive.Api.Http;

/// <summary>
/// A cheap count of the fields a document selects, checked before validation: validation compares fields
/// pairwise for merging, so an alias bomb (thousands of aliases) must be refused before it starts.
/// </summary>
internal static class DocumentLimits
{
    public static int CountFields(GraphQLDocument document)
    {
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            var selectionSet = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            count += Count(selectionSet);
        }

        return count;
    }

    private static int Count(GraphQLSelectionSet? selectionSet)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count += selection switch
            {
                GraphQLField field => 1 + Count(field.SelectionSet),
                GraphQLInlineFragment inline => Count(inline.SelectionSet),
                _ => 0,
            };
        }

        return count;
    }
}
