using Archive.Api.GraphQL.Errors;

namespace Archive.Api.GraphQL.Connections;

/// <summary>The paging rules every connection shares: `first` between 0 and <see cref="MaxPageSize"/> (larger is rejected, never clamped).</summary>
public static class Paging
{
    public const int MaxPageSize = Archive.Search.SearchLimits.MaxPageSize;
    public const int DefaultPageSize = 20;

    public static int CheckFirst(int first)
    {
        if (first < 0)
        {
            throw ArchiveError.BadUserInput($"first: {first} must not be negative");
        }

        if (first > MaxPageSize)
        {
            throw ArchiveError.PageTooLarge(first, MaxPageSize);
        }

        return first;
    }

    /// <summary>Page info for a forward page: a previous page exists whenever the client paged with `after`.</summary>
    public static PageInfoView PageInfo(IReadOnlyList<string> cursors, bool hasNextPage, bool pagedAfter) =>
        new(hasNextPage, pagedAfter, cursors.Count == 0 ? null : cursors[0], cursors.Count == 0 ? null : cursors[^1]);

    /// <summary>The child multiplier of a connection field for the complexity analysis: its page size, capped at the maximum.</summary>
    public static double ComplexityMultiplier(int? first) => Math.Clamp(first ?? DefaultPageSize, 1, MaxPageSize);
}
