namespace Enforcement.Api.Reference;

/// <summary>A province-level unit (tỉnh / thành phố) under the two-level local government.</summary>
internal sealed class Province
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Ward> Wards { get; set; } = [];
}

/// <summary>A commune-level unit (xã / phường / đặc khu).</summary>
internal sealed class Ward
{
    public required string Code { get; set; }
    public required string ProvinceCode { get; set; }
    public required string Name { get; set; }
}

/// <summary>Which revision of a reference data set is loaded, so later revisions can be applied.</summary>
internal sealed class ReferenceDataRevision
{
    public required string DataSet { get; set; }
    public required string Revision { get; set; }
    public DateTime LoadedAt { get; set; }
}
