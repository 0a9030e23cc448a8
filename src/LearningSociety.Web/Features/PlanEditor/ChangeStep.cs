namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Which button sent a change form.</summary>
public enum ChangeStep
{
    /// <summary>"Xem lại thay đổi": validate and show what would change; nothing is saved.</summary>
    Preview,

    /// <summary>"Xác nhận lưu": save exactly what was previewed.</summary>
    Confirm,

    /// <summary>Redraw the form with what was typed (filter the agency lists).</summary>
    Refresh,

    /// <summary>"Đọc từ câu chữ": fill the deadline picker from the wording, then redraw.</summary>
    ReadDeadline,
}
