// openpas counter app: after every page or panel update, the cursor goes back to the identify input, so a barcode
// scanner can be used all day. Everything works without this script.
(function () {
    function focusIdentify() {
        var input = document.getElementById('identifier');
        if (input && !document.querySelector('[autofocus]:not(#identifier)')) {
            input.focus();
            input.select();
        }
    }
    document.addEventListener('DOMContentLoaded', focusIdentify);
    document.addEventListener('htmx:afterSettle', focusIdentify);
})();
