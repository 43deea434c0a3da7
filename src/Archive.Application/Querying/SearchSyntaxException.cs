namespace Archive.Application.Querying;

/// <summary>A query the search syntax does not allow; the message says what is wrong (served as BAD_SEARCH_SYNTAX).</summary>
public sealed class SearchSyntaxException(string message, Exception? innerException = null) : Exception(message, innerException);
