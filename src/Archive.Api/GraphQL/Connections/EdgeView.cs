namespace Archive.Api.GraphQL.Connections;

/// <summary>One edge of a connection: the node and the cursor that pages after it.</summary>
public sealed record EdgeView<T>(string Cursor, T Node);
