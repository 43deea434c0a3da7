namespace Archive.Search.Querying;

/// <summary>A kept hit: its order key, score and top-level document id.</summary>
internal readonly record struct RankedHit(HitKey Key, float Score, int Doc);
