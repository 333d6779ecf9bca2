namespace Enforcement.Api.Listings.Genuine;

/// <summary>A brand (nhãn hiệu) whose genuine goods we know: names it goes by and whether its owner asked QLTT to protect it.</summary>
internal sealed class Brand
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The folded name (<see cref="GenuineText.Key"/>): unique, so "Louis Vuitton" and "LOUIS VUITTON" are one brand.</summary>
    public required string NameKey { get; set; }

    /// <summary>Other names sellers use, e.g. "LV" for Louis Vuitton (stored as a JSON array).</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>The owner registered protection with QLTT, so sellers it has not authorized matter.</summary>
    public bool Protected { get; set; }

    public string? Owner { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
