namespace Archive.Api.Tests.Infrastructure;

/// <summary>Test classes that share one host (and so run one after the other, which the SQL-count test relies on).</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHost>
{
    public const string Name = "api";
}
