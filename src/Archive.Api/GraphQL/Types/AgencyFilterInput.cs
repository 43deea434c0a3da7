namespace Archive.Api.GraphQL.Types;

/// <summary>The `AgencyFilter` input as GraphQL hands it over.</summary>
public sealed class AgencyFilterInput
{
    public string? RegionCode { get; set; }
    public string? Kind { get; set; }
    public string? NameContains { get; set; }
}
