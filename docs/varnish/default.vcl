# Varnish in front of the site: keeps what the site marks public, and purges what it says.
# See README "Page caching". Check with: varnishd -C -f docs/varnish/default.vcl >/dev/null
vcl 4.1;

# gunicorn (or the compose file's `web` service).
backend site {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the site's web and worker processes (Wagtail's HTTP purge backend,
# FRONTEND_CACHE_PURGE_URL=http://<this varnish>:6081).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # The site's rule: an address is purged with every query string (?page=2).
        ban("req.http.host == " + req.http.host +
            " && req.url ~ ^" + regsub(req.url, "\?.*$", "") + "(\?|$)");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors, and residents in the middle of a form or with a message waiting: never from the
    # cache (the site answers them with Cache-Control: private, no-store).
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents)/") {
        return (pass);
    }
    # Other cookies (the CSRF cookie of an earlier form) change nothing on a public page.
    unset req.http.Cookie;
    # Dutch pages vary on Accept-Language (an English notice for browsers that prefer English):
    # two values instead of every spelling of the header. (The site looks at the first
    # language it supports; this looks at the first language.)
    if (req.http.Accept-Language ~ "^\s*en") {
        set req.http.Accept-Language = "en";
    } else {
        set req.http.Accept-Language = "nl";
    }
    return (hash);
}

sub vcl_backend_response {
    # Keep only what the site marks public (Cache-Control: public, s-maxage=…); Varnish uses
    # s-maxage as the time to keep it. Never a response that sets a cookie.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
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
