namespace Archive.Core.Agencies;

/// <summary>One line of the rename table: a body's older (or short) designation and the one it is known by now.</summary>
/// <param name="From">The designation as printed in older reports, e.g. 经信局.</param>
/// <param name="To">The current designation, e.g. 工业和信息化局.</param>
/// <param name="Why">Why they are one body (rename in a 机构改革, short form, variant).</param>
public sealed record AgencyRename(string From, string To, string Why);
