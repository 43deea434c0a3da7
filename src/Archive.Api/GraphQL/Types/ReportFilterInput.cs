using System.Text.Json.Serialization;
using Archive.Api.Vocabulary;
using Archive.Core.Reports;

namespace Archive.Api.GraphQL.Types;

/// <summary>
/// The `ReportFilter` input as GraphQL hands it over (validated into a <see cref="Archive.Search.Querying.ReportFilter"/> by
/// <see cref="FilterArguments"/>): one property per <see cref="Archive.Search.Querying.ReportFilterFields"/> field, same name.
/// </summary>
public sealed class ReportFilterInput
{
    public string? RegionCode { get; set; }
    public int? Year { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    public string? Agency { get; set; }
    public string? AgencyId { get; set; }
    public string? AgencyKind { get; set; }

    [JsonConverter(typeof(StableIdJsonConverter<ReportTemplate>))]
    public ReportTemplate? Template { get; set; }

    public bool? HasFlags { get; set; }
    public string? FlagKind { get; set; }
    public bool? PublishedLate { get; set; }
}
