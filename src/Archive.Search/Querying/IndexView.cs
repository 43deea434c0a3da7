namespace Archive.Search.Querying;

/// <summary>What a search read: the generation directory and the version of the reader opened on it.</summary>
internal readonly record struct IndexView(string Generation, long Version);
