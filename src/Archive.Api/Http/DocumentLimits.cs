using GraphQLParser.AST;

namespace Archive.Api.Http;

/// <summary>
/// A cheap count of the fields a document selects, checked before validation: validation compares fields
/// pairwise for merging, so an alias bomb (thousands of aliases) must be refused before it starts.
/// </summary>
/// <remarks>
/// A fragment spread counts the fields of its fragment each time it is spread, so fragments that each spread the
/// next twice count 2^levels: validation walks the expanded selections (22 levels of such fragments took 1.7–3.5 s
/// to validate, 27 levels over 60 s), while this count visits each fragment once (memoized), in time linear in the
/// document. Counts saturate rather than overflow.
/// </remarks>
internal static class DocumentLimits
{
    private const long Saturated = 1L << 50;

    /// <summary>Fragments spread within fragments deeper than this count as too many fields (and keep the recursion shallow).</summary>
    private const int MaxFragmentNesting = 100;

    /// <summary>
    /// The fields of every operation with fragment spreads expanded (with multiplicity), plus the fields written in
    /// each fragment definition once (validation visits definitions too, used or not).
    /// </summary>
    public static long CountFields(GraphQLDocument document)
    {
        var counter = new Counter(document);
        long count = 0;
        foreach (var definition in document.Definitions)
        {
            count = Add(count, definition switch
            {
                GraphQLOperationDefinition operation => counter.Expanded(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => Counter.Written(fragment.SelectionSet),
                _ => 0,
            });
        }

        return count;
    }

    private static long Add(long a, long b) => Math.Min(Saturated, a + b);

    private sealed class Counter
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _expanded = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

        public Counter(GraphQLDocument document)
        {
            foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }
        }

        /// <summary>Fields as written, spreads not followed.</summary>
        public static long Written(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null)
            {
                return 0;
            }

            long count = 0;
            foreach (var selection in selectionSet.Selections)
            {
                count = Add(count, selection switch
                {
                    GraphQLField field => 1 + Written(field.SelectionSet),
                    GraphQLInlineFragment inline => Written(inline.SelectionSet),
                    _ => 0,
                });
            }

            return count;
        }

        public long Expanded(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null)
            {
                return 0;
            }

            long count = 0;
            foreach (var selection in selectionSet.Selections)
            {
                count = Add(count, selection switch
                {
                    GraphQLField field => Add(1, Expanded(field.SelectionSet)),
                    GraphQLInlineFragment inline => Expanded(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
            }

            return count;
        }

        private long Fragment(string name)
        {
            if (_expanded.TryGetValue(name, out var known))
            {
                return known;
            }

            // An unknown fragment or a cycle: validation refuses the document, so it adds nothing here.
            if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                return 0;
            }

            var count = _inProgress.Count > MaxFragmentNesting ? Saturated : Expanded(fragment.SelectionSet);
            _inProgress.Remove(name);
            _expanded[name] = count;
            return count;
        }
    }
}
