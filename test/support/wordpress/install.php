<?php
// Installs WordPress non-interactively into the harness's empty database and prints the
// test user's Application Password as JSON (what wp-cli's `core install` and
// `user application-password create` do).
define('ABSPATH', getenv('GALLEY_WP_SITE'));
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = getenv('GALLEY_WP_HOST');
$_SERVER['REQUEST_URI'] = '/';
require ABSPATH . 'wp-load.php';
// No mail on this machine: the "new site" notification is not sent.
function wp_new_blog_notification() {}
require ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('Galley test site', 'editor', 'editor@example.test', true, '', wp_generate_password(24));
// A fresh site, not the sample post and page WordPress makes: the tests count posts.
wp_delete_post(1, true);
wp_delete_post(2, true);
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('template', 'galley');
update_option('stylesheet', 'galley');
[$password] = WP_Application_Passwords::create_new_application_password(
    $result['user_id'],
    ['name' => 'galley-tests']
);
echo json_encode(['user' => 'editor', 'password' => $password]);
