namespace Archive.Application.Querying;

/// <summary>One page of rows and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage);
