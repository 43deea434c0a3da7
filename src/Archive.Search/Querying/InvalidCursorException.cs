namespace Archive.Search.Querying;

/// <summary>The "after" cursor is not one this search produced (corrupt, or from another query, filter or sort).</summary>
public sealed class InvalidCursorException(string message) : Exception(message);
