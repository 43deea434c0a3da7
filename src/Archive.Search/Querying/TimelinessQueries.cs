using Archive.Core.Agencies;
using Archive.Core.Quality;
using Archive.Core.Vocabulary;
using Archive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// The TIMELINESS verdict (<see cref="PublicationDeadlines"/>) as an index condition, from the fields every report
/// document has had since they were indexed (year, publication day, agency kind): no new field, so no reindex. Per
/// year and per group of agency kinds sharing a deadline, the year and a publication-day range; the deadlines are
/// the rule's own, asked of <see cref="PublicationDeadlines.DeadlineFor"/>.
/// </summary>
internal static class TimelinessQueries
{
    /// <summary>Years with clauses: the rule's first year to a bound no reported year reaches (173 clauses in all).</summary>
    private const int LastYear = 2099;

    /// <param name="late">True: published after the deadline; false: after the reported year and by the deadline.</param>
    public static Query Published(bool late)
    {
        var any = new BooleanQuery();
        AgencyKind?[] kinds = [null, .. Enum.GetValues<AgencyKind>().Cast<AgencyKind?>()];
        for (var year = PublicationDeadlines.FirstRegulatedYear; year <= LastYear; year++)
        {
            var y = year;
            foreach (var group in kinds.GroupBy(k => PublicationDeadlines.DeadlineFor(y, k).Deadline))
            {
                if (group.Key is not { } deadline)
                {
                    continue;
                }

                var clause = new BooleanQuery
                {
                    { NumericRangeQuery.NewInt32Range(IndexFields.Year, year, year, true, true), Occur.MUST },
                    {
                        late
                            ? NumericRangeQuery.NewInt32Range(IndexFields.Published, deadline.DayNumber, null, false, true)
                            : NumericRangeQuery.NewInt32Range(IndexFields.Published, new DateOnly(year + 1, 1, 1).DayNumber, deadline.DayNumber, true, true),
                        Occur.MUST
                    },
                };
                if (group.Count() < kinds.Length)
                {
                    // A document without a kind has no term: the rule never gives it a deadline where kinds differ.
                    if (group.Contains(null))
                    {
                        throw new InvalidOperationException($"A deadline for reports on {year} without an agency kind but not for every kind cannot be asked of the index.");
                    }

                    var kindClause = new BooleanQuery();
                    foreach (var kind in group)
                    {
                        kindClause.Add(new TermQuery(new Term(IndexFields.AgencyKind, kind!.Value.StableId())), Occur.SHOULD);
                    }

                    clause.Add(kindClause, Occur.MUST);
                }

                any.Add(clause, Occur.SHOULD);
            }
        }

        return any;
    }
}
