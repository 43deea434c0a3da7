using Archive.Application.Querying;
using Archive.Core.Vocabulary;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class QualityFlagGraphType : ObjectGraphType<QualityFlagView>
{
    public QualityFlagGraphType()
    {
        Name = "QualityFlag";
        Description = "A data-quality finding (metric-dictionary.md §10).";
        Field<NonNullGraphType<StringGraphType>, string>("kind")
            .Description("identity_violation, negative_count, published_before_period_end, published_long_after, published_date_invalid, year_title_mismatch or table_incomplete.")
            .Resolve(c => c.Source.Kind.StableId());
        Field<NonNullGraphType<StringGraphType>, string>("detail")
            .Description("What exactly was found, e.g. `apply.balance[natural]: 3 vs 2`.")
            .Resolve(c => c.Source.Detail);
    }
}
