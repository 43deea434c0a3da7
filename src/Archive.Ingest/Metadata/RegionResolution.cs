using Archive.Core.Regions;

namespace Archive.Ingest.Metadata;

/// <summary>A resolved region with how sure we are and why (kept for review; a wrong region is worse than none).</summary>
internal sealed record RegionResolution(RegionInfo? Region, double Confidence, string Evidence)
{
    public static RegionResolution None(string evidence) => new(null, 0, evidence);
}
