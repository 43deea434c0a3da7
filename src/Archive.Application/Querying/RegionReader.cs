using Archive.Core.Regions;

namespace Archive.Application.Querying;

/// <summary>Regions with their ancestors, from <see cref="RegionDirectory"/>: no SQL once the directory has loaded.</summary>
public sealed class RegionReader(RegionDirectory directory)
{
    /// <summary>The regions with these codes, each with its ancestors; unknown codes are absent.</summary>
    public async Task<IReadOnlyDictionary<string, RegionView>> GetAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var all = await directory.GetByCodeAsync(cancellationToken);
        var views = new Dictionary<string, RegionView>(codes.Count, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (all.TryGetValue(code, out var view))
            {
                views[code] = view;
            }
        }

        return views;
    }

    /// <summary>The region with this code, with its ancestors; null when unknown.</summary>
    public async ValueTask<RegionView?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await directory.GetByCodeAsync(cancellationToken)).GetValueOrDefault(code);

    /// <summary>Regions under <paramref name="parentCode"/> (or all) at <paramref name="level"/> (or any), ordered by code.</summary>
    public async Task<IReadOnlyList<RegionView>> ListAsync(string? parentCode, RegionLevel? level, CancellationToken cancellationToken)
    {
        IEnumerable<RegionView> regions = await directory.GetAllAsync(cancellationToken);
        if (parentCode is not null)
        {
            regions = regions.Where(r => string.Equals(r.ParentCode, parentCode, StringComparison.Ordinal));
        }
        else if (level is null)
        {
            // Without a parent or level, start at the top of the tree like a region picker does.
            regions = regions.Where(r => r.ParentCode is null);
        }

        if (level is not null)
        {
            regions = regions.Where(r => r.Level == level);
        }

        return [.. regions];
    }
}
