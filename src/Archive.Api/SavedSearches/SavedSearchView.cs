using Archive.Api.GraphQL.Types;

namespace Archive.Api.SavedSearches;

/// <summary>A saved search as served: its filter as it was given (GraphQL ReportFilter fields), and its feed token.</summary>
public sealed record SavedSearchView(long Id, string Name, string Query, ReportFilterInput? Filter, DateTime CreatedAt, string FeedToken)
{
    /// <summary>The feed's path on this server.</summary>
    public string FeedPath => $"/feeds/{FeedToken}.atom";
}

/// <summary>One entry of a saved search's feed: a matching report, newest stored first.</summary>
public sealed record FeedEntry(long ReportId, string? Title, string? AgencyName, int? Year, string FileName, DateTime IngestedAt, DateTime UpdatedAt, string? Snippet);
