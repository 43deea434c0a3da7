using Archive.Api.GraphQL.Types;
using Archive.Application.Querying;
using Archive.Search.Querying;

namespace Archive.Api.Tests;

/// <summary>Issue 21: the SQL and GraphQL adapters cover every filter field the descriptor list has.</summary>
public sealed class FilterFieldAdapterTests
{
    [Fact]
    public void EveryFilterField_HasItsSqlPredicate_AndNoPredicateIsOrphaned()
    {
        var held = ReportFilterFields.All.Where(f => f.Read is not null).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(held, ReportFilterExtensions.Predicates.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheGraphQLInput_HasOneFieldPerFilterField_InTheirOrder()
    {
        var input = new ReportFilterInputGraphType();
        Assert.Equal(ReportFilterFields.All.Select(f => f.Name), input.Fields.Select(f => f.Name));
    }

    [Fact]
    public void TheInputOfTextValues_IsCheckedAsGraphQLChecksIt()
    {
        var filter = FilterArguments.ToFilter(FilterArguments.Input(f => f.Name switch
        {
            "regionCode" => "640221",
            "year" => 2020,
            "flagKind" => "identity_violation",
            _ => null,
        }));
        Assert.Equal(new ReportFilter { RegionCode = "640221", YearFrom = 2020, YearTo = 2020, FlagKind = "identity_violation" }, filter);

        var error = Assert.ThrowsAny<Exception>(() => FilterArguments.ToFilter(FilterArguments.Input(f => f.Name == "agencyKind" ? new string('x', 201) : null)));
        Assert.Contains("filter.agencyKind", error.Message, StringComparison.Ordinal);
    }
}
