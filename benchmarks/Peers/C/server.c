/*
 * The load benchmark's "measurable limit" row: a minimal single-threaded epoll server answering the Arena
 * sample's load-profile endpoints with the same bytes a framework would send, so that a run shows how close
 * MiniHttp and Kestrel come to what this machine (and wrk on its one core) can do at all.
 *
 *   GET  /baseline11?a=A&b=B          -> "A+B"
 *   POST /baseline11?a=A&b=B  body N  -> "A+B+N" (Content-Length or chunked body)
 *   GET  /pipeline                    -> "ok"
 *
 * Each answer is text/plain with Server, Date and Content-Length headers. Connections are kept alive, every
 * complete request in a read is answered and the answers go out in one write (pipelining), and
 * "Connection: close" closes the connection after its answer (the limited-conn profile).
 *
 * What it deliberately does not do: it is NOT a conforming HTTP server. It trusts the requests wrk sends in
 * the benchmark's profiles: no limits beyond its buffer size, no timeouts, no validation of header syntax,
 * no chunk extensions, no 405, no TLS, IPv4 loopback only. Anything it cannot parse gets 400 and a close.
 *
 * Build: gcc -O2 -o server server.c      Run: ./server PORT
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { INPUT_SIZE = 64 * 1024, OUTPUT_SIZE = 256 * 1024, MAX_FDS = 65536, MAX_EVENTS = 256 };

struct connection {
    char input[INPUT_SIZE];
    size_t length;
    char *pending; /* answers the socket did not take yet */
    size_t pending_length, pending_sent;
    int closing; /* a request asked for Connection: close, or could not be parsed */
};

static struct connection *connections[MAX_FDS];
static int epoll_fd;
static char output[OUTPUT_SIZE];
static char date_header[64];
static time_t date_second;

static void refresh_date(void) {
    time_t now = time(NULL);
    if (now == date_second) return;
    date_second = now;
    strftime(date_header, sizeof date_header, "Date: %a, %d %b %Y %H:%M:%S GMT\r\n", gmtime(&now));
}

static size_t write_answer(char *out, const char *status, const char *body, int closing) {
    return (size_t)sprintf(out, "HTTP/1.1 %s\r\nServer: C\r\n%sContent-Type: text/plain; charset=utf-8\r\n"
                                "Content-Length: %zu\r\n%s\r\n%s",
                           status, date_header, strlen(body), closing ? "Connection: close\r\n" : "", body);
}

/* The value of the one-letter query parameter `name` in the query [p, end) that starts at its '?', or 0. */
static long query_number(const char *p, const char *end, char name) {
    for (; p && p + 2 < end; p = memchr(p, '&', (size_t)(end - p))) {
        p++; /* past the '?' or '&' */
        if (p[0] == name && p[1] == '=') return strtol(p + 2, NULL, 10);
    }
    return 0;
}

/* A header's value if the line at `line` is that header (names are case-insensitive), else NULL. */
static const char *header_value(const char *line, const char *name) {
    size_t n = strlen(name);
    if (strncasecmp(line, name, n) != 0 || line[n] != ':') return NULL;
    for (line += n + 1; *line == ' '; line++) {}
    return line;
}

/* Decodes the chunked body at [p, end) into body; returns the bytes consumed, 0 if incomplete, -1 if broken. */
static long read_chunked(const char *p, const char *end, char *body, size_t capacity) {
    const char *start = p;
    size_t length = 0;
    for (;;) {
        const char *line_end = memmem(p, (size_t)(end - p), "\r\n", 2);
        if (!line_end) return 0;
        char *digits_end;
        unsigned long size = strtoul(p, &digits_end, 16);
        if (digits_end != line_end) return -1;
        p = line_end + 2;
        if (size == 0) break;
        if ((size_t)(end - p) < size + 2) return 0;
        if (length + size >= capacity || memcmp(p + size, "\r\n", 2) != 0) return -1;
        memcpy(body + length, p, size);
        length += size;
        p += size + 2;
    }
    body[length] = '\0';
    /* No trailers are sent by wrk: the last chunk is followed by the empty line. */
    if (end - p < 2) return 0;
    return memcmp(p, "\r\n", 2) == 0 ? (long)(p + 2 - start) : -1;
}

/* Answers the request at the start of [p, end) into out; returns the bytes it took, 0 if incomplete. */
static size_t answer(struct connection *c, const char *p, const char *end, char *out, size_t *written) {
    const char *head_end = memmem(p, (size_t)(end - p), "\r\n\r\n", 4);
    if (!head_end) return 0;
    const char *body = head_end + 4;
    int is_post = strncmp(p, "POST ", 5) == 0;
    const char *target = p + (is_post ? 5 : strncmp(p, "GET ", 4) == 0 ? 4 : 0);
    const char *target_end = memchr(target, ' ', (size_t)(head_end - target));
    long content_length = 0;
    int chunked = 0, close_requested = 0;
    for (const char *line = memmem(p, (size_t)(head_end - p), "\r\n", 2) + 2; line < head_end;
         line = strstr(line, "\r\n") + 2) {
        const char *value;
        if ((value = header_value(line, "Content-Length"))) content_length = strtol(value, NULL, 10);
        else if ((value = header_value(line, "Transfer-Encoding"))) chunked = strncasecmp(value, "chunked", 7) == 0;
        else if ((value = header_value(line, "Connection"))) close_requested = strncasecmp(value, "close", 5) == 0;
    }
    if (target == p || !target_end) {
        c->closing = 1;
        *written = write_answer(out, "400 Bad Request", "", 1);
        return (size_t)(end - p);
    }

    char text[32] = "";
    size_t taken = (size_t)(body - p);
    if (chunked) {
        long consumed = read_chunked(body, end, text, sizeof text);
        if (consumed == 0) return 0;
        if (consumed < 0) {
            c->closing = 1;
            *written = write_answer(out, "400 Bad Request", "", 1);
            return (size_t)(end - p);
        }
        taken += (size_t)consumed;
    } else if (content_length > 0) {
        if (end - body < content_length) return 0;
        size_t n = (size_t)content_length < sizeof text ? (size_t)content_length : sizeof text - 1;
        memcpy(text, body, n);
        text[n] = '\0';
        taken += (size_t)content_length;
    }

    c->closing = close_requested;
    const char *query = memchr(target, '?', (size_t)(target_end - target));
    size_t path_length = (size_t)((query ? query : target_end) - target);
    char result[32];
    if (path_length == 11 && memcmp(target, "/baseline11", 11) == 0) {
        long sum = query_number(query, target_end, 'a') + query_number(query, target_end, 'b');
        sprintf(result, "%ld", is_post ? sum + strtol(text, NULL, 10) : sum);
        *written = write_answer(out, "200 OK", result, c->closing);
    } else if (path_length == 9 && memcmp(target, "/pipeline", 9) == 0 && !is_post) {
        *written = write_answer(out, "200 OK", "ok", c->closing);
    } else {
        *written = write_answer(out, "404 Not Found", "", c->closing);
    }
    return taken;
}

static void close_connection(int fd) {
    free(connections[fd]->pending);
    free(connections[fd]);
    connections[fd] = NULL;
    close(fd);
}

/* Sends what an earlier write left; returns 1 when all of it went out, 0 if the socket is full, -1 on error. */
static int flush_pending(struct connection *c, int fd) {
    while (c->pending_sent < c->pending_length) {
        ssize_t n = send(fd, c->pending + c->pending_sent, c->pending_length - c->pending_sent, MSG_NOSIGNAL);
        if (n < 0) return errno == EAGAIN ? 0 : -1;
        c->pending_sent += (size_t)n;
    }
    free(c->pending);
    c->pending = NULL;
    c->pending_length = c->pending_sent = 0;
    return 1;
}

/* Answers every complete request in the input, one write per batch; waits for EPOLLOUT if the socket is full. */
static void serve(int fd) {
    struct connection *c = connections[fd];
    size_t offset = 0;
    while (!c->pending) {
        size_t out = 0, written;
        size_t taken;
        while (!c->closing && out + 512 <= OUTPUT_SIZE &&
               (taken = answer(c, c->input + offset, c->input + c->length, output + out, &written)) > 0) {
            offset += taken;
            out += written;
        }
        if (out == 0) break;
        ssize_t sent = send(fd, output, out, MSG_NOSIGNAL);
        if (sent < 0 && errno != EAGAIN) {
            close_connection(fd);
            return;
        }
        size_t done = sent < 0 ? 0 : (size_t)sent;
        if (done < out) {
            c->pending_length = out - done;
            c->pending = malloc(c->pending_length);
            memcpy(c->pending, output + done, c->pending_length);
        } else if (c->closing) {
            close_connection(fd);
            return;
        }
    }
    memmove(c->input, c->input + offset, c->length - offset);
    c->length -= offset;
    struct epoll_event event = {.events = c->pending ? EPOLLOUT : EPOLLIN, .data.fd = fd};
    epoll_ctl(epoll_fd, EPOLL_CTL_MOD, fd, &event);
}

static void on_readable(int fd) {
    struct connection *c = connections[fd];
    ssize_t n = recv(fd, c->input + c->length, INPUT_SIZE - c->length, 0);
    if (n <= 0) {
        if (n == 0 || errno != EAGAIN) close_connection(fd);
        return;
    }
    c->length += (size_t)n;
    serve(fd);
    /* A request larger than the whole buffer can never complete. */
    if (connections[fd] && !c->pending && c->length == INPUT_SIZE) close_connection(fd);
}

static void on_writable(int fd) {
    struct connection *c = connections[fd];
    int sent = flush_pending(c, fd);
    if (sent < 0 || (sent > 0 && c->closing)) close_connection(fd);
    else if (sent > 0) serve(fd);
}

static void on_acceptable(int listener) {
    int fd;
    while ((fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
        if (fd >= MAX_FDS || !(connections[fd] = calloc(1, sizeof(struct connection)))) {
            close(fd);
            continue;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        struct epoll_event event = {.events = EPOLLIN, .data.fd = fd};
        epoll_ctl(epoll_fd, EPOLL_CTL_ADD, fd, &event);
    }
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s PORT\n", argv[0]);
        return 2;
    }
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[1])),
                                  .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (bind(listener, (struct sockaddr *)&address, sizeof address) < 0 || listen(listener, 4096) < 0) {
        perror("listen");
        return 1;
    }
    epoll_fd = epoll_create1(0);
    struct epoll_event event = {.events = EPOLLIN, .data.fd = listener};
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, listener, &event);
    printf("C server listening on http://127.0.0.1:%s\n", argv[1]);
    fflush(stdout);

    struct epoll_event events[MAX_EVENTS];
    for (;;) {
        int ready = epoll_wait(epoll_fd, events, MAX_EVENTS, -1);
        refresh_date();
        for (int i = 0; i < ready; i++) {
            int fd = events[i].data.fd;
            if (fd == listener) on_acceptable(listener);
            else if (events[i].events & EPOLLOUT) on_writable(fd);
            else on_readable(fd);
        }
    }
}
