namespace Archive.Core.Vocabulary;

/// <summary>
/// The one spelling of a domain enum value outside the process: stored in SQLite, written to the index, the §13 JSON,
/// CSV and CLI ids (metric-dictionary.md's own strings, e.g. pre2019, table, identity_violation). It sits on the
/// value itself, in Core, because every layer that converts (Storage, Search, Ingest, the API) references Core and
/// none references the API, where PublicNames lives. GraphQL enum names are not written anywhere: they are the
/// member names in CONSTANT_CASE (Pre2019 → PRE2019, V2019 → V2019), as schema.graphql spells them.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class StableIdAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
