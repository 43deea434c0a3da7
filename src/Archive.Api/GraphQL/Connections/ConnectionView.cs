namespace Archive.Api.GraphQL.Connections;

/// <summary>A page of a Relay connection. The total is counted only if a client asks for it.</summary>
public sealed record ConnectionView<T>(IReadOnlyList<EdgeView<T>> Edges, PageInfoView PageInfo, Func<CancellationToken, Task<int>> CountAsync);
