namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>
/// Every endpoint of the portal × every role (and anonymous) × own unit / another unit, with the
/// expected answer. <see cref="AuthorizationMatrixTests"/> runs it against the demo data and fails
/// when the portal has an endpoint this list does not name, or this list names one that is gone.
///
/// How to add an entry (one line): copy the key the coverage test prints for the new endpoint
/// ("GET /Reports/Pdf/{id?}"), pick the ids from <see cref="MatrixSide"/> (own unit vs another unit,
/// looked up by <see cref="MatrixPortal"/>), and write the expected answers as 13 letters:
///
///     anonymous | Admin | ProvinceReviewer | DistrictOfficer | CommuneOfficer | AgencyReporter | Leader
///         L     |  A A  |       A N        |       A N       |       A N      |       A N      |  A N
///
/// one letter for anonymous, then two per role: own unit, other unit. A = allowed (2xx, a redirect
/// that is not a refusal, 409/422 for a processed form), L = sent to sign in (401, or a redirect to
/// /Account/Login carrying a ReturnUrl, which is how the sign-in challenge looks), F = forbidden
/// (403 or /Account/AccessDenied), N = not found (404: the portal hides that it exists).
///   Get("/Reports/Pdf/{id?}", s => $"/Reports/Pdf/{s.Report}", "L | AA | AN | AN | AN | AN | AN"),
/// POST rows are sent with a valid antiforgery token and the given harmless body (nothing the
/// allowed roles could regret: an invalid model, a preview step, a refused workflow step). A post
/// that ends the session takes FreshSession and RunLast (signing out ends every session of the account, so it
/// runs after everything else); one whose success changes other rows' data, RunLast.
/// </summary>
public static class AuthorizationMatrix
{
    public const int RoleCount = 6;

    public static readonly IReadOnlyList<string> Columns = ["Anonymous", "Admin", "ProvinceReviewer", "DistrictOfficer", "CommuneOfficer", "AgencyReporter", "Leader"];

    private const string Everyone = "A | AA | AA | AA | AA | AA | AA";
    private const string SignedIn = "L | AA | AA | AA | AA | AA | AA";
    private const string AdminOnly = "L | AA | FF | FF | FF | FF | FF";

    /// <summary>The token API: a session cookie is not a token, whoever holds it.</summary>
    private const string NoCookie = "L | LL | LL | LL | LL | LL | LL";
    private const string PlanAuthors = "L | AA | AA | AA | FF | FF | FF";

    /// <summary>Province and district may write plans of their own subtree only; the rest are refused by role.</summary>
    private const string OwnPlan = "L | AA | AF | AF | FF | FF | FF";

    /// <summary>Plans in force are public; a draft only for those who may write it (and nobody else learns it exists).</summary>
    private const string DraftReaders = "L | AA | AN | AN | NN | NN | NN";

    /// <summary>Consolidations: reviewers and leaders of the unit; a period outside their scope is not even listed.</summary>
    private const string Consolidation = "L | AA | AN | AN | FF | FF | AN";

    /// <summary>The same roles, asking for a unit by id: another unit's is forbidden.</summary>
    private const string UnitScoped = "L | AA | AF | AF | FF | FF | AF";

    /// <summary>Readers of a report: its agency, its reviewers, leaders above it; another unit's report does not exist for them.</summary>
    private const string ReportReaders = "L | AA | AN | AN | AN | AN | AN";

    /// <summary>Writers of a report: its own agency only; those who may read it but not write it are forbidden.</summary>
    private const string ReportWriters = "L | FF | FN | AN | AN | AN | FN";

    /// <summary>An export job: its owner only; for others it does not exist. Reporting roles cannot export at all.</summary>
    private const string Exporter = "L | AN | AN | AN | FF | FF | AN";

    /// <summary>A scan read by OCR: its uploader only (a plan author); for other authors it does not exist.</summary>
    private const string OcrUploader = "L | AN | AN | AN | FF | FF | FF";

    public static readonly IReadOnlyList<MatrixEntry> Entries =
    [
        // Open to everyone
        Any("/health", _ => "/health", Everyone),
        Any("/Home/Error/{id?}", _ => "/Home/Error", Everyone),
        Any("/Home/Status/{code}", _ => "/Home/Status/404", Everyone),
        Get("/Account/Login/{id?}", _ => "/Account/Login", Everyone),
        Post("/Account/Login/{id?}", _ => "/Account/Login", Everyone),
        Get("/Account/AccessDenied/{id?}", _ => "/Account/AccessDenied", Everyone),
        // No half-finished two-factor sign-in in these sessions: the page points back to the sign-in form.
        Get("/Account/LoginTwoFactor/{id?}", _ => "/Account/LoginTwoFactor", Everyone),
        Post("/Account/LoginTwoFactor/{id?}", _ => "/Account/LoginTwoFactor", Everyone, "Code=000000"),

        // One's own account
        Post("/Account/Logout/{id?}", _ => "/Account/Logout", SignedIn) with { FreshSession = true, RunLast = true },
        Get("/Account/ChangePassword/{id?}", _ => "/Account/ChangePassword", SignedIn),
        Post("/Account/ChangePassword/{id?}", _ => "/Account/ChangePassword", SignedIn),
        Get("/Account/Security", _ => "/Account/Security", SignedIn),
        Get("/Account/Security/Enable", _ => "/Account/Security/Enable", SignedIn),
        Post("/Account/Security/Enable", _ => "/Account/Security/Enable", SignedIn, "Code=000000"),
        Post("/Account/Security/RecoveryCodes", _ => "/Account/Security/RecoveryCodes", SignedIn),
        Post("/Account/Security/Disable", _ => "/Account/Security/Disable", SignedIn),
        Post("/Account/Security/Reset", _ => "/Account/Security/Reset", SignedIn),
        Post("/Account/Security/ForgetMachine", _ => "/Account/Security/ForgetMachine", SignedIn),
        Get("/Notifications/Index/{id?}", _ => "/Notifications", SignedIn),
        Post("/Notifications/Read/{id?}", s => $"/Notifications/Read/{s.Notification}", "L | AN | AN | AN | AN | AN | AN"),
        Post("/Notifications/ReadAll/{id?}", _ => "/Notifications/ReadAll", SignedIn),

        // Background exports: for those who consolidate, within their scope; a job is seen only by the user who asked.
        Get("/Exports", _ => "/Exports", "L | AA | AA | AA | FF | FF | AA"),
        Post("/Exports", s => $"/Exports?Kind=ConsolidatedExcel&PeriodId={s.Period}&UnitId={s.PeriodUnit}", Consolidation),
        Get("/Exports/{id}", s => $"/Exports/{s.ExportJob}", Exporter),
        Get("/Exports/{id}/Status", s => $"/Exports/{s.ExportJob}/Status", Exporter),
        Get("/Exports/{id}/File", s => $"/Exports/{s.ExportJob}/File", Exporter),

        // Directories and plans, for every signed-in user (drafts excepted)
        Get("/Home/Index/{id?}", _ => "/", SignedIn),
        Get("/Plans/Index/{id?}", _ => "/Plans", SignedIn),
        Get("/Plans/Details/{id?}", s => $"/Plans/Details/{s.DraftPlan}", DraftReaders),
        Get("/Plans/AssignmentsPdf/{id?}", s => $"/Plans/AssignmentsPdf/{s.DraftPlan}", DraftReaders),
        Get("/Plans/AssignmentsExcel/{id?}", s => $"/Plans/AssignmentsExcel/{s.DraftPlan}", DraftReaders),
        // The source text of a plan in force (a draft typed in the editor has none to show).
        Get("/Plans/Source/{id?}", s => $"/Plans/Source/{s.Plan}", SignedIn),
        Get("/Plans/{planId}/Periods", s => $"/Plans/{s.DraftPlan}/Periods", DraftReaders),
        Get("/Units/Index/{id?}", s => $"/Units/Index/{s.Unit}", SignedIn),
        Get("/Agencies/Index/{id?}", _ => "/Agencies", SignedIn),
        Get("/Agencies/Details/{id?}", s => $"/Agencies/Details/{s.Agency}", SignedIn),

        // Reporting periods: opened and closed by those who may write the plan
        Post("/Plans/{planId}/Periods/Open", s => $"/Plans/{s.PeriodPlan}/Periods/Open", OwnPlan, "frequency=Quarterly&year=2024"),
        // ... and their reporters corrected (added, excused) by the same people; an empty form answers 422
        Get("/Plans/{planId}/Periods/{id}", s => $"/Plans/{s.PeriodPlan}/Periods/{s.Period}", OwnPlan),
        Post("/Plans/{planId}/Periods/{id}/Reporters/Add", s => $"/Plans/{s.PeriodPlan}/Periods/{s.Period}/Reporters/Add", OwnPlan),
        Post("/Plans/{planId}/Periods/{id}/Reporters/Excuse", s => $"/Plans/{s.PeriodPlan}/Periods/{s.Period}/Reporters/Excuse", OwnPlan),
        Post("/Plans/{planId}/Periods/{id}/Close", s => $"/Plans/{s.PeriodPlan}/Periods/{s.Period}/Close", OwnPlan) with { RunLast = true },

        // Reports
        Get("/Reports/Index/{id?}", _ => "/Reports", SignedIn),
        Get("/Reports/Edit/{id?}", s => $"/Reports/Edit/{s.Report}", ReportReaders),
        Get("/Reports/Pdf/{id?}", s => $"/Reports/Pdf/{s.Report}", ReportReaders),
        Get("/Reports/Excel/{id?}", s => $"/Reports/Excel/{s.Report}", ReportReaders),
        Post("/Reports/Edit/{id?}", s => $"/Reports/Edit/{s.Report}", ReportWriters, "Version=-1&command=save"),
        Post("/Reports/Upload/{id?}", s => $"/Reports/Upload/{s.Report}", ReportWriters),
        Get("/Reports/Attachment/{id}", s => $"/Reports/Attachment/{s.Attachment}", ReportReaders),
        // Refused deletes answer 404 whether or not the reader could see the report.
        Post("/Reports/DeleteAttachment/{id?}", s => $"/Reports/DeleteAttachment/{s.DeletableAttachment}", "L | NN | NN | AN | AN | AN | NN"),
        // Only the reviewing agency decides; a comment-less return is refused by the workflow, so nothing changes.
        Post("/Reports/Review/{id?}", s => $"/Reports/Review/{s.Reviewed}", "L | FF | AN | AN | FN | FN | FN", "decision=Return"),

        // The token API (/api/v1) answers a token only: the portal's cookie is not a way in (ApiTokenMatrixTests runs the tokens).
        Get("/api/v1/units", _ => "/api/v1/units", NoCookie),
        Get("/api/v1/units/{id}", s => $"/api/v1/units/{s.Unit}", NoCookie),
        Get("/api/v1/agencies", _ => "/api/v1/agencies", NoCookie),
        Get("/api/v1/periods", _ => "/api/v1/periods", NoCookie),
        Get("/api/v1/periods/{id}", s => $"/api/v1/periods/{s.Period}", NoCookie),
        Get("/api/v1/periods/{periodId}/figures", s => $"/api/v1/periods/{s.Period}/figures", NoCookie),
        Get("/api/v1/periods/{periodId}/reports", s => $"/api/v1/periods/{s.Period}/reports", NoCookie),
        Get("/api/v1/plans", _ => "/api/v1/plans", NoCookie),
        Get("/api/v1/plans/{id}", s => $"/api/v1/plans/{s.Plan}", NoCookie),
        Any("/api/v1/{path}", _ => "/api/v1/nothing/here", NoCookie),
        // Its description names no data: public, so a program can read it before it has a token.
        Get("/api/v1/openapi.json", _ => "/api/v1/openapi.json", Everyone),
        Get("/ApiReference", _ => "/ApiReference", SignedIn),

        // Consolidated figures and dashboards
        Get("/Consolidated", s => $"/Consolidated?periodId={s.Period}&unitId={s.PeriodUnit}", Consolidation),
        Get("/Consolidated/Pdf", s => $"/Consolidated/Pdf?periodId={s.Period}&unitId={s.PeriodUnit}", Consolidation),
        Get("/Consolidated/Excel", s => $"/Consolidated/Excel?periodId={s.Period}&unitId={s.PeriodUnit}", Consolidation),
        Get("/api/consolidated", s => $"/api/consolidated?periodId={s.Period}&unitId={s.PeriodUnit}", Consolidation),
        // The dashboards take the latest period the user may see; a unit outside their own is refused.
        Get("/Dashboard", s => $"/Dashboard?unitId={s.Unit}", UnitScoped),
        Get("/Dashboard/Leader", s => $"/Dashboard/Leader?unitId={s.Unit}", UnitScoped),
        Get("/Dashboard/Leader/Pdf", s => $"/Dashboard/Leader/Pdf?unitId={s.Unit}", UnitScoped),

        // Plan editor: the role gate, then the plan's unit
        Get("/PlanEditor/Create/{id?}", _ => "/PlanEditor/Create", PlanAuthors),
        Post("/PlanEditor/Create/{id?}", _ => "/PlanEditor/Create", PlanAuthors),

        // Import from text: nothing is written before the draft is confirmed, so the harmless posts are empty ones.
        Get("/PlanImport/Index/{id?}", _ => "/PlanImport", PlanAuthors),
        Post("/PlanImport/Index/{id?}", _ => "/PlanImport", PlanAuthors),
        Post("/PlanImport/Review/{id?}", _ => "/PlanImport/Review", PlanAuthors),
        Get("/PlanImport/Template/{id?}", _ => "/PlanImport/Template", PlanAuthors),
        Get("/PlanImport/Ocr/{id?}", s => $"/PlanImport/Ocr/{s.OcrJob}", OcrUploader),
        Get("/PlanImport/OcrStatus/{id?}", s => $"/PlanImport/OcrStatus/{s.OcrJob}", OcrUploader),
        Get("/PlanImport/OcrPage/{id?}", s => $"/PlanImport/OcrPage/{s.OcrJob}?page=1", OcrUploader),
        Get("/PlanImport/OcrReview/{id?}", s => $"/PlanImport/OcrReview/{s.OcrJob}", OcrUploader),
        // Assignments and targets from Excel, for a plan the author may write.
        Get("/AssignmentImport/Index/{id?}", s => $"/AssignmentImport/Index/{s.Plan}", OwnPlan),
        Post("/AssignmentImport/Upload/{id?}", s => $"/AssignmentImport/Upload/{s.Plan}", OwnPlan),
        Post("/AssignmentImport/Apply/{id?}", s => $"/AssignmentImport/Apply/{s.Plan}", OwnPlan),

        Get("/PlanEditor/Edit/{id?}", s => $"/PlanEditor/Edit/{s.Plan}", OwnPlan),
        Get("/PlanEditor/Header/{id?}", s => $"/PlanEditor/Header/{s.Plan}", OwnPlan),
        Post("/PlanEditor/Header/{id?}", s => $"/PlanEditor/Header/{s.Plan}", OwnPlan),
        Get("/PlanEditor/Publish/{id?}", s => $"/PlanEditor/Publish/{s.Plan}", OwnPlan),
        Post("/PlanEditor/Publish/{id?}", s => $"/PlanEditor/Publish/{s.Plan}", OwnPlan),
        Get("/PlanEditor/Complete/{id?}", s => $"/PlanEditor/Complete/{s.Plan}", OwnPlan),
        Post("/PlanEditor/Complete/{id?}", s => $"/PlanEditor/Complete/{s.Plan}", OwnPlan),
        Get("/PlanEditor/AddReference/{id?}", s => $"/PlanEditor/AddReference/{s.Plan}", OwnPlan),
        Post("/PlanEditor/AddReference/{id?}", s => $"/PlanEditor/AddReference/{s.Plan}", OwnPlan),
        Get("/PlanEditor/RemoveReference/{id?}", s => $"/PlanEditor/RemoveReference/{s.Plan}?referenceId={s.Reference}", OwnPlan),
        Post("/PlanEditor/RemoveReference/{id?}", s => $"/PlanEditor/RemoveReference/{s.Plan}?referenceId={s.Reference}", OwnPlan),
        Get("/PlanEditor/Phase/{id?}", s => $"/PlanEditor/Phase/{s.Plan}?phaseId={s.Phase}", OwnPlan),
        Post("/PlanEditor/Phase/{id?}", s => $"/PlanEditor/Phase/{s.Plan}?phaseId={s.Phase}", OwnPlan),
        Get("/PlanEditor/RemovePhase/{id?}", s => $"/PlanEditor/RemovePhase/{s.Plan}?phaseId={s.Phase}", OwnPlan),
        Post("/PlanEditor/RemovePhase/{id?}", s => $"/PlanEditor/RemovePhase/{s.Plan}?phaseId={s.Phase}", OwnPlan),
        Get("/PlanEditor/Item/{id?}", s => $"/PlanEditor/Item/{s.Plan}?itemId={s.PlanItem}", OwnPlan),
        Post("/PlanEditor/Item/{id?}", s => $"/PlanEditor/Item/{s.Plan}?itemId={s.PlanItem}", OwnPlan),
        Get("/PlanEditor/DeleteItem/{id?}", s => $"/PlanEditor/DeleteItem/{s.Plan}?itemId={s.PlanItem}", OwnPlan),
        Post("/PlanEditor/DeleteItem/{id?}", s => $"/PlanEditor/DeleteItem/{s.Plan}?itemId={s.PlanItem}", OwnPlan),
        Get("/PlanEditor/Move/{id?}", s => $"/PlanEditor/Move/{s.Plan}?itemId={s.PlanItem}", OwnPlan),
        Post("/PlanEditor/Move/{id?}", s => $"/PlanEditor/Move/{s.Plan}?itemId={s.PlanItem}", OwnPlan),
        Get("/PlanEditor/Assign/{id?}", s => $"/PlanEditor/Assign/{s.Plan}?itemId={s.PlanItem}", OwnPlan),
        Post("/PlanEditor/Assign/{id?}", s => $"/PlanEditor/Assign/{s.Plan}?itemId={s.PlanItem}", OwnPlan),
        Get("/PlanEditor/NewAgency/{id?}", s => $"/PlanEditor/NewAgency/{s.Plan}", OwnPlan),
        Post("/PlanEditor/NewAgency/{id?}", s => $"/PlanEditor/NewAgency/{s.Plan}", OwnPlan),
        Get("/PlanEditor/Target/{id?}", s => $"/PlanEditor/Target/{s.Plan}?targetId={s.Target}", OwnPlan),
        Post("/PlanEditor/Target/{id?}", s => $"/PlanEditor/Target/{s.Plan}?targetId={s.Target}", OwnPlan),
        Get("/PlanEditor/DeleteTarget/{id?}", s => $"/PlanEditor/DeleteTarget/{s.Plan}?targetId={s.Target}", OwnPlan),
        Post("/PlanEditor/DeleteTarget/{id?}", s => $"/PlanEditor/DeleteTarget/{s.Plan}?targetId={s.Target}", OwnPlan),
        Get("/PlanEditor/Rule/{id?}", s => $"/PlanEditor/Rule/{s.Plan}?ruleId={s.Rule}", OwnPlan),
        Post("/PlanEditor/Rule/{id?}", s => $"/PlanEditor/Rule/{s.Plan}?ruleId={s.Rule}", OwnPlan),
        Get("/PlanEditor/DeleteRule/{id?}", s => $"/PlanEditor/DeleteRule/{s.Plan}?ruleId={s.Rule}", OwnPlan),
        Post("/PlanEditor/DeleteRule/{id?}", s => $"/PlanEditor/DeleteRule/{s.Plan}?ruleId={s.Rule}", OwnPlan),

        // Administration: administrators only, whatever the unit
        Get("/Admin/Users/Index/{id?}", _ => "/Admin/Users", AdminOnly),
        Get("/Admin/Users/Create/{id?}", _ => "/Admin/Users/Create", AdminOnly),
        Post("/Admin/Users/Create/{id?}", _ => "/Admin/Users/Create", AdminOnly),
        Get("/Admin/Users/Edit/{id?}", s => $"/Admin/Users/Edit/{s.User}", AdminOnly),
        Post("/Admin/Users/Edit/{id?}", s => $"/Admin/Users/Edit/{s.User}", AdminOnly),
        Post("/Admin/Users/Lock/{id?}", s => $"/Admin/Users/Lock/{s.User}", AdminOnly),
        Post("/Admin/Users/Unlock/{id?}", s => $"/Admin/Users/Unlock/{s.User}", AdminOnly),
        Get("/Admin/Users/Password/{id?}", s => $"/Admin/Users/Password/{s.User}", AdminOnly),
        Post("/Admin/Users/Password/{id?}", s => $"/Admin/Users/Password/{s.User}", AdminOnly),
        Get("/Admin/Users/AgencyOptions/{id?}", _ => "/Admin/Users/AgencyOptions?q=ubnd", AdminOnly),
        Get("/Admin/Units/Index/{id?}", _ => "/Admin/Units", AdminOnly),
        Get("/Admin/Units/Edit/{id?}", s => $"/Admin/Units/Edit/{s.Unit}", AdminOnly),
        Post("/Admin/Units/Edit/{id?}", s => $"/Admin/Units/Edit/{s.Unit}", AdminOnly),
        Get("/Admin/UnitImport/Index/{id?}", _ => "/Admin/UnitImport", AdminOnly),
        Post("/Admin/UnitImport/Index/{id?}", _ => "/Admin/UnitImport", AdminOnly), // no file: the form again, with its message
        Get("/Admin/UnitImport/Show/{id?}", s => $"/Admin/UnitImport/Show/{s.UnitImportJob}", AdminOnly),
        Get("/Admin/UnitImport/Status/{id?}", s => $"/Admin/UnitImport/Status/{s.UnitImportJob}", AdminOnly),
        Post("/Admin/UnitImport/Confirm/{id?}", s => $"/Admin/UnitImport/Confirm/{s.UnitImportJob}", AdminOnly), // already done: nothing runs
        Get("/Admin/Agencies/Index/{id?}", _ => "/Admin/Agencies", AdminOnly),
        Get("/Admin/Agencies/Edit/{id?}", s => $"/Admin/Agencies/Edit/{s.Agency}", AdminOnly),
        Post("/Admin/Agencies/Edit/{id?}", s => $"/Admin/Agencies/Edit/{s.Agency}", AdminOnly),
        // Groups decide who reports in every province: the administrator keeps them, as the rest of the directory.
        Get("/Admin/Agencies/Group/{id?}", _ => "/Admin/Agencies/Group", AdminOnly),
        Post("/Admin/Agencies/Group/{id?}", _ => "/Admin/Agencies/Group", AdminOnly),
        Get("/Admin/Audit/Index/{id?}", _ => "/Admin/Audit", AdminOnly),
        Get("/Admin/UnsentMail/Index/{id?}", _ => "/Admin/UnsentMail", AdminOnly),
        Get("/Admin/ApiTokens/Index/{id?}", _ => "/Admin/ApiTokens", AdminOnly),
        Post("/Admin/ApiTokens/Create/{id?}", _ => "/Admin/ApiTokens/Create", AdminOnly), // an empty form: the page again, with its messages
        // No token has that id: the administrator is told so (404), everyone else is refused first.
        Post("/Admin/ApiTokens/Revoke/{id?}", _ => "/Admin/ApiTokens/Revoke/999999", "L | NN | FF | FF | FF | FF | FF"),
        Get("/Admin/Transition/Index/{id?}", _ => "/Admin/Transition", AdminOnly),
        Post("/Admin/Transition/Preview/{id?}", _ => "/Admin/Transition/Preview", AdminOnly),
        // Without the preview's fingerprint a confirmation is a conflict (409) and changes nothing.
        Post("/Admin/Transition/Apply/{id?}", _ => "/Admin/Transition/Apply", AdminOnly),
        // No transition has that id: the administrator is told so (404), everyone else is refused first.
        Get("/Admin/Transition/Undo/{id?}", _ => "/Admin/Transition/Undo/0123456789abcdef0123456789abcdef", "L | NN | FF | FF | FF | FF | FF"),
        Post("/Admin/Transition/Undo/{id?}", _ => "/Admin/Transition/Undo/0123456789abcdef0123456789abcdef", "L | NN | FF | FF | FF | FF | FF"),
    ];

    private static MatrixEntry Get(string route, Func<MatrixSide, string> url, string expected) => new("GET", route, url, expected);

    private static MatrixEntry Post(string route, Func<MatrixSide, string> url, string expected, string? body = null) => new("POST", route, url, expected, body);

    /// <summary>An endpoint without an HTTP method filter; tried with GET.</summary>
    private static MatrixEntry Any(string route, Func<MatrixSide, string> url, string expected) => new("ANY", route, url, expected);
}
