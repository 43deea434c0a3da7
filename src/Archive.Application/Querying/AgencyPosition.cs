namespace Archive.Application.Querying;

/// <summary>Where a page of agencies (ordered by name, then id) ends.</summary>
public sealed record AgencyPosition(string Name, long Id);
