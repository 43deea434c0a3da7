using Archive.Application.Indexing;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

/// <summary>The node's search index and the change feed it follows (issue 26).</summary>
public sealed class IndexStatusGraphType : ObjectGraphType<IndexFeedState>
{
    public IndexStatusGraphType()
    {
        Name = "IndexStatus";
        Description = "This node's search index. On PostgreSQL every node keeps its own index and applies the database's change feed (one change number per stored, updated or removed report); `search` answers from it, `reports` from the database.";
        Field<NonNullGraphType<BooleanGraphType>, bool>("followsChangeFeed")
            .Description("True when this node's index follows the change feed (PostgreSQL); false on SQLite, where every process shares one index.")
            .Resolve(c => c.Source.Follows);
        Field<NonNullGraphType<BooleanGraphType>, bool>("ready")
            .Description("False until the index holds the database (while a new node builds it); `/health/ready` answers 503 meanwhile.")
            .Resolve(c => c.Source.Current.Ready);
        Field<IntGraphType, int?>("appliedChange")
            .Description("The highest change number this node's index has applied; null before the first poll of the feed, or on SQLite.")
            .Resolve(c => ToInt(c.Source.Current.AppliedChange));
        Field<IntGraphType, int?>("lagChanges")
            .Description("Changes committed to the database that this node has not applied yet; null before the first poll, or on SQLite.")
            .Resolve(c => ToInt(c.Source.Current.LagChanges));
        Field<FloatGraphType, double?>("lagSeconds")
            .Description("How long the oldest change not yet applied has waited, in seconds (0 when none waits); null before the first poll, or on SQLite.")
            .Resolve(c => c.Source.LagSeconds is { } s ? Math.Round(s, 1) : null);
    }

    /// <summary>A count past Int's range is left out rather than wrapped.</summary>
    private static int? ToInt(long? value) => value is { } v && v <= int.MaxValue ? (int)v : null;
}
