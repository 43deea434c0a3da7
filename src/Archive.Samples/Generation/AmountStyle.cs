namespace Archive.Samples.Generation;

/// <summary>Where the unit of the 2019 采购总金额 is printed, if anywhere.</summary>
internal enum AmountStyle
{
    /// <summary>No unit anywhere (the template prints none): truth unit null.</summary>
    NoUnit,

    /// <summary>Header 采购总金额（万元）.</summary>
    HeaderWanYuan,

    /// <summary>In the cell: 12.5万元.</summary>
    CellWanYuan,

    /// <summary>In the cell: 251000元.</summary>
    CellYuan,
}
