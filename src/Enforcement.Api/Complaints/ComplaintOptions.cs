using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Complaints;

internal sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>Base of the status links sent to complainants. Configured, never taken from the Host header.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The province this Department serves; pre-selected on the form.</summary>
    [Required, RegularExpression(@"^\d{2}$")]
    public string HomeProvinceCode { get; set; } = "82";
}
