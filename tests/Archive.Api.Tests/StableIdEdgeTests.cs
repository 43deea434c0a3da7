using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Api.GraphQL.Types;
using Archive.Api.Vocabulary;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Api.Tests;

/// <summary>
/// Issue 21: domain kinds are enums inside and keep their spellings at the edges. The stable ids are the strings
/// databases, indexes and truth files already hold (pinned here, so a changed id fails before it reaches a database),
/// and the public names are the GraphQL enum values schema.graphql lists.
/// </summary>
public sealed class StableIdEdgeTests
{
    [Fact]
    public void StableIds_AreTheStringsStoredBefore()
    {
        Assert.Equal(["pre2019", "2019", "2021"], StableIds.All<ReportTemplate>().Select(t => t.StableId()));
        Assert.Equal(["table", "prose"], StableIds.All<MetricOrigin>().Select(o => o.StableId()));
        Assert.Equal(["province", "prefecture", "county"], StableIds.All<RegionLevel>().Select(l => l.StableId()));
        Assert.Equal(
            ["identity_violation", "negative_count", "published_before_period_end", "published_long_after", "published_date_invalid",
             "year_title_mismatch", "table_incomplete", "table_unreadable", "not_a_report"],
            StableIds.All<FlagKind>().Select(k => k.StableId()));
    }

    [Fact]
    public void StableIds_ParseBack_AndRefuseAnythingElse()
    {
        foreach (var template in StableIds.All<ReportTemplate>())
        {
            Assert.Equal(template, StableIds.Parse<ReportTemplate>(template.StableId()));
        }

        Assert.False(StableIds.TryParse<ReportTemplate>("V2019", out _));
        Assert.False(StableIds.TryParse<FlagKind>("Identity_Violation", out _));
        Assert.Throws<FormatException>(() => StableIds.Parse<RegionLevel>("town"));
    }

    [Fact]
    public void PublicNames_AreTheSchemaEnumValues()
    {
        Assert.Equal(["PRE2019", "V2019", "V2021"], Enum.GetValues<ReportTemplate>().Select(PublicNames.Of));
        Assert.Equal(["TABLE", "PROSE"], Enum.GetValues<MetricOrigin>().Select(PublicNames.Of));
        Assert.Equal(["PROVINCE", "PREFECTURE", "COUNTY"], Enum.GetValues<RegionLevel>().Select(PublicNames.Of));
        Assert.Equal(["PRINTED", "BLANK", "NOT_APPLICABLE", "TEXT", "UNREAD"], Enum.GetValues<CellState>().Select(PublicNames.Of));
        Assert.True(PublicNames.TryParse<ReportTemplate>("v2021", out var template));
        Assert.Equal(ReportTemplate.V2021, template);
        Assert.Equal(ReportTemplate.Pre2019, PublicNames.TemplateFromAny("pre2019"));
        Assert.Null(PublicNames.TemplateFromAny("2020"));
    }

    [Fact]
    public void SavedFilterJson_KeepsTheStoredTemplateString_BothWays()
    {
        // The options SavedSearchService stores a filter with.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

        Assert.Equal("""{"template":"2019"}""", JsonSerializer.Serialize(new ReportFilterInput { Template = ReportTemplate.V2019 }, options));
        Assert.Equal(ReportTemplate.Pre2019, JsonSerializer.Deserialize<ReportFilterInput>("""{"regionCode":"640000","template":"pre2019"}""", options)!.Template);
        Assert.Null(JsonSerializer.Deserialize<ReportFilterInput>("""{"regionCode":"640000"}""", options)!.Template);
    }
}
