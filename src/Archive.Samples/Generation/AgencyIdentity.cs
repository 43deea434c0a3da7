using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>The reporting body of a generated report.</summary>
/// <param name="Name">Full official name (truth agency).</param>
/// <param name="Kind">The agency kind intended for the name.</param>
/// <param name="Region">The region the agency belongs to (truth region).</param>
/// <param name="RegionPrefix">The region words the name starts with (平罗县, 北京市朝阳区).</param>
/// <param name="SelfReference">How the report refers to itself (我局, 本委, 我县).</param>
/// <param name="Scale">Size factor for counts (a province is busier than a township).</param>
/// <param name="Topics">Subject words for the prose.</param>
/// <param name="IsGovernment">A 人民政府's own (aggregate) report.</param>
internal sealed record AgencyIdentity(
    string Name,
    AgencyKind Kind,
    RegionInfo Region,
    RegionRef RegionRef,
    string RegionPrefix,
    string SelfReference,
    double Scale,
    IReadOnlyList<string> Topics,
    bool IsGovernment)
{
    /// <summary>How the report prints its own name when not as <see cref="Name"/> (…开发区管委会 for …开发区管理委员会).</summary>
    public string? PrintedAs { get; init; }

    /// <summary>The name as the report prints it in its title, signature and statements.</summary>
    public string Printed => PrintedAs ?? Name;

    /// <summary>The printed name with its place in front (a township printed alone, 马集镇人民政府, is 平罗县马集镇人民政府 here).</summary>
    public string Located => Printed.StartsWith(RegionPrefix, StringComparison.Ordinal) ? Printed : RegionPrefix + Printed;
}
