namespace Archive.Search.Querying;

/// <summary>The query text cannot be understood; the message says why, in words meant for the person who typed it.</summary>
public sealed class SearchSyntaxException(string message, int? position = null) : Exception(message)
{
    /// <summary>Character index in the query where the problem is, when known.</summary>
    public int? Position { get; } = position;
}
