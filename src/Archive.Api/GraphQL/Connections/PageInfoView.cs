namespace Archive.Api.GraphQL.Connections;

/// <summary>Relay page info of a forward-only connection.</summary>
public sealed record PageInfoView(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
