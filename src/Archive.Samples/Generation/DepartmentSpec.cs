using Archive.Core.Agencies;

namespace Archive.Samples.Generation;

/// <summary>
/// A kind of department and how it was named in a span of years (机构改革 2018/2019 renamed many).
/// </summary>
/// <param name="Kind">The agency kind the names classify as.</param>
/// <param name="LocalNames">Names at prefecture and county level (局, 委员会).</param>
/// <param name="ProvinceNames">Names at province level (厅…); empty when the department has no province counterpart here.</param>
/// <param name="FromYear">First report year the names are used for.</param>
/// <param name="ToYear">Last report year the names are used for.</param>
/// <param name="Topics">Subject words for this department's prose.</param>
internal sealed record DepartmentSpec(
    AgencyKind Kind,
    IReadOnlyList<string> LocalNames,
    IReadOnlyList<string> ProvinceNames,
    int FromYear,
    int ToYear,
    IReadOnlyList<string> Topics);
