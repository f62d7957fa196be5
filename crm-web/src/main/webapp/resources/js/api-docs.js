// Starts Swagger UI on the API description; a file of its own, so that the docs page can forbid inline scripts.
window.addEventListener('load', function () {
    var target = document.getElementById('api-docs');
    window.ui = SwaggerUIBundle({
        url: target.getAttribute('data-description'),
        dom_id: '#api-docs',
        deepLinking: true,
        docExpansion: 'none',
        tryItOutEnabled: false
    });
});
