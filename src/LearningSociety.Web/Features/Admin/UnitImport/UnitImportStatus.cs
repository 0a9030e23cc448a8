namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>GET /Admin/UnitImport/Status/{id}, polled by wwwroot/js/unit-import.js.</summary>
/// <param name="State">uploaded, previewing, ready, queued, running, done, refused or failed.</param>
/// <param name="Busy">True while the page should keep polling; when it turns false the page reloads to show the preview or the result.</param>
/// <param name="Message">What the page says, in Vietnamese.</param>
public sealed record UnitImportStatus(int Id, string State, bool Busy, int Progress, string Message);
