using Archive.Core.Agencies;

namespace Archive.Application.Querying;

/// <summary>A reporting body as served.</summary>
public sealed record AgencyView(long Id, string Name, AgencyKind Kind, string? RegionCode);
