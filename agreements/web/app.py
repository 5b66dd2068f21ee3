"""The web application's factory: middleware, error handling, static files and the routers of each page and the API."""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI
from starlette.formparsers import MultiPartParser
from starlette.staticfiles import StaticFiles

from . import agreement_pages, api, check_pages, errors, minutes_pages, pages, security
from .limits import LIMITS
from .work import Pool

# Uploads stay in memory: Starlette would move a file over 1 MB into a temporary file on disk.
# The request limit bounds the memory; nothing a user sends is written to disk.
MultiPartParser.spool_max_size = LIMITS["request_bytes"]

JOBS_VARIABLE = "AGREEMENTS_WEB_JOBS"  # worker processes per server process (default: one per core)


def create_app(jobs: int | None = None) -> FastAPI:
    """The application, with a pool of ``jobs`` worker processes (``AGREEMENTS_WEB_JOBS``, else
    one per core) started with it and stopped with it."""
    if jobs is None and os.environ.get(JOBS_VARIABLE, "").isdigit():
        jobs = int(os.environ[JOBS_VARIABLE]) or None
    pool = Pool(jobs)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        pool.warm()
        yield
        pool.close()

    app = FastAPI(title="agreements", summary="Arbeidsavtaler for kommunedirektører: lag, kontroller, referat",
                  lifespan=lifespan, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None)  # their pages load scripts from a CDN: the description is enough
    app.state.pool = pool
    errors.install(app)
    app.include_router(pages.router)
    app.include_router(check_pages.router)
    app.include_router(api.router)
    app.include_router(agreement_pages.router)
    app.include_router(minutes_pages.router)
    static = resources.files("agreements.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(security.Guard)
    return app
