using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LearningSociety.Web.Setup;

/// <summary>
/// A page asked for with a number or date in its address that cannot be read (unitId=99999999999,
/// year=abc) must not quietly show something else — the user's own unit, the current year — as if
/// it were the answer. Such a GET gets a 400 page naming the value.
/// </summary>
public sealed class UnreadableQueryFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            return;
        }

        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (type == typeof(string) || !(type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(Guid)))
            {
                continue;
            }

            if (context.ModelState.TryGetValue(parameter.Name, out var entry) && entry.Errors.Count > 0)
            {
                var detail = $"Địa chỉ trang có giá trị không đọc được: {parameter.Name} = “{entry.AttemptedValue}”. Hãy quay lại và chọn từ danh sách.";
                if (context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Result = new BadRequestObjectResult(new ProblemDetails { Status = 400, Title = "Tham số không hợp lệ", Detail = detail });
                    return;
                }

                var view = new ViewResult
                {
                    ViewName = "~/Features/Home/Status.cshtml",
                    StatusCode = StatusCodes.Status400BadRequest,
                    ViewData = new ViewDataDictionary(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState),
                };
                view.ViewData["StatusCode"] = StatusCodes.Status400BadRequest;
                view.ViewData["Detail"] = detail;
                context.Result = view;
                return;
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
