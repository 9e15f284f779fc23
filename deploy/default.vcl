vcl 4.1;
# The front cache of Samverkan Lund (docs/deploy.md). Generated per run by deploy/stack.py,
# which fills in the web nodes' ports; use it as the model for a production VCL.
import directors;

backend node_a { .host = "127.0.0.1"; .port = "$port_a"; }
backend node_b { .host = "127.0.0.1"; .port = "$port_b"; }

# Wagtail purges from the web nodes, which run on this machine; no one else may.
acl purgers { "127.0.0.1"; "::1"; }

sub vcl_init {
    new nodes = directors.round_robin();
    nodes.add_backend(node_a);
    nodes.add_backend(node_b);
}

sub vcl_recv {
    set req.backend_hint = nodes.backend();
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "PURGE only from the web nodes"));
        }
        return (purge);
    }
    # The admin and anything posted go straight through; the builtin VCL also passes any
    # request with a cookie (a session or CSRF token), so only anonymous readers hit the cache.
    if (req.url ~ "^/admin/") {
        return (pass);
    }
}

sub vcl_hash {
    # One site: the page address alone names the object, so Wagtail's purge (sent with the
    # Site's host name) reaches it whichever host name readers used.
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # The nodes send max-age=60 for readers' pages; errors and 503s say no-store and are
    # never kept (the builtin VCL caches neither).
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
