<?php
// Router for PHP's built-in server: real files are served as they are, every other path goes
// to WordPress's front controller (what Apache's rewrite rules do for pretty permalinks).
define('ABSPATH', getenv('GALLEY_WP_SITE'));
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = realpath(ABSPATH . ltrim($path, '/'));
if ($file !== false && is_file($file)) {
    if (substr($file, -4) !== '.php') {
        return false;
    }
    $_SERVER['SCRIPT_NAME'] = $path;
    $_SERVER['SCRIPT_FILENAME'] = ABSPATH . ltrim($path, '/');
    chdir(dirname($file));
    require $file;
    return;
}
if ($file !== false && is_dir($file) && is_file($file . '/index.php')) {
    chdir($file);
    require $file . '/index.php';
    return;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = ABSPATH . 'index.php';
require ABSPATH . 'index.php';
