namespace Archive.Api.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL variants of the <see cref="ApiCollection"/> tests: one shared host on PostgreSQL. Run apart from the
/// other collections: in parallel with them (2 cores) the sample archive's 1,000-report ingest overran its 2-minute
/// bound; alone it costs about 15 s more wall time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgreSqlApiCollection : ICollectionFixture<PostgreSqlApiHost>
{
    public const string Name = "api-postgresql";
}
