namespace Archive.Core.Agencies;

/// <summary>An agency name reduced to the form that is the same in every year of the body's reports.</summary>
/// <param name="Name">The normalized name (no region prefix, current designation), e.g. 工业和信息化局.</param>
/// <param name="Renames">The rename-table lines applied, in order (empty when the printed designation is current).</param>
public sealed record NormalizedAgencyName(string Name, IReadOnlyList<AgencyRename> Renames);
