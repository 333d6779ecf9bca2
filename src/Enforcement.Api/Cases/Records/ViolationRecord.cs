namespace Enforcement.Api.Cases.Records;

/// <summary>
/// A violation record (biên bản vi phạm hành chính) as a report counts it: written by the workflow hook when a
/// task outcome declares <c>"record": "violation_record"</c>, never parsed from journals.
/// </summary>
internal sealed class ViolationRecord
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public required string TrackingCode { get; set; }
    public long InstanceId { get; set; }

    /// <summary>Số biên bản, as written on the paper record.</summary>
    public required string RecordNumber { get; set; }

    /// <summary>The record's legal date (a Vietnam calendar day): reports count the record in this date's month.</summary>
    public DateOnly RecordDate { get; set; }

    /// <summary>One of <see cref="GoodsCategories"/>.</summary>
    public required string GoodsCategory { get; set; }

    /// <summary>The violated provision's code in the Decree 98/2020 data file (e.g. <c>nd98-d11</c>).</summary>
    public required string ViolationCode { get; set; }

    /// <summary><see cref="OffenderTypes.Individual"/> or <see cref="OffenderTypes.Organisation"/> (fines are doubled).</summary>
    public required string OffenderType { get; set; }

    /// <summary>Sold online (on a platform) rather than at a physical place.</summary>
    public bool Online { get; set; }
    public string? Platform { get; set; }
    public required string GoodsDescription { get; set; }
    public long GoodsValueVnd { get; set; }
    public long? QuantitySeized { get; set; }
    public string? QuantityUnit { get; set; }

    /// <summary>Where the violation happened: the complaint's business location (province, commune/ward).</summary>
    public string? ProvinceCode { get; set; }
    public string? WardCode { get; set; }

    /// <summary>The QLTT team (Đội) of the officer who wrote the record.</summary>
    public string? TeamCode { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}

internal static class GoodsCategories
{
    /// <summary>Hàng giả.</summary>
    public const string Counterfeit = "counterfeit";
    /// <summary>Hàng nhập lậu.</summary>
    public const string Smuggled = "smuggled";
    /// <summary>Xâm phạm quyền sở hữu trí tuệ.</summary>
    public const string IntellectualProperty = "ip";
    /// <summary>Hàng không rõ nguồn gốc, xuất xứ.</summary>
    public const string UnknownOrigin = "unknown_origin";
    /// <summary>Hàng cấm.</summary>
    public const string Banned = "banned";
    public const string Other = "other";
    public static readonly IReadOnlyList<string> All = [Counterfeit, Smuggled, IntellectualProperty, UnknownOrigin, Banned, Other];

    /// <summary>What the ≥ 10 % reduction KPI counts ("chống buôn lậu, hàng giả").</summary>
    public static readonly IReadOnlyList<string> Targeted = [Counterfeit, Smuggled];
}

internal static class OffenderTypes
{
    public const string Individual = "individual";
    public const string Organisation = "organisation";
    public static readonly IReadOnlyList<string> All = [Individual, Organisation];
}
