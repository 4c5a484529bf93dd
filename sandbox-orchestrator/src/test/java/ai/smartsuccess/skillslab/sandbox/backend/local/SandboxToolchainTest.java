package ai.smartsuccess.skillslab.sandbox.backend.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.sandbox.backend.ExecRequest;
import ai.smartsuccess.skillslab.sandbox.backend.ExecResult;
import ai.smartsuccess.skillslab.sandbox.backend.SandboxSpec;
import ai.smartsuccess.skillslab.sandbox.backend.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a candidate's code finds in a real jail: the system's Python packages (pytest, FastAPI...) and the platform's
 * Node packages at a read-only /node_modules, reachable from /workspace by CommonJS and ESM alike, their commands on
 * the PATH; with the production limits.
 */
class SandboxToolchainTest {

    static Path root;
    static LocalSandboxBackend backend;
    static UUID id = UUID.randomUUID();

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("sandbox-toolchain-test");
        TestConfigs.requireNodeModules();
        backend = new LocalSandboxBackend(TestConfigs.sandbox(root, Map.of()));
        backend.create(
                new SandboxSpec(
                        id,
                        "node",
                        Instant.now().plusSeconds(300),
                        List.of(
                                file(
                                        "esm.mjs",
                                        "import React from 'react';\nimport express from 'express';\n"
                                                + "import { renderToStaticMarkup } from 'react-dom/server';\n"
                                                + "console.log(renderToStaticMarkup(React.createElement('b', null, 'hi')),"
                                                + " typeof express);\n"),
                                file("src/deep/cjs.cjs", "console.log(require('react').version);\n"),
                                file(
                                        "vite.config.js",
                                        "export default { cacheDir: '/tmp/.vite', esbuild: { jsx: 'automatic' } };\n"),
                                file(
                                        "tests/hello.test.jsx",
                                        "import { expect, test } from 'vitest';\n"
                                                + "import { renderToStaticMarkup } from 'react-dom/server';\n"
                                                + "test('renders', () => expect(renderToStaticMarkup(<p>hi</p>)).toBe('<p>hi</p>'));\n"),
                                file(
                                        "test_api.py",
                                        "from fastapi import FastAPI\nfrom fastapi.testclient import TestClient\n"
                                                + "app = FastAPI()\n@app.get('/')\ndef root():\n    return {'ok': True}\n"
                                                + "def test_root():\n    assert TestClient(app).get('/').json() == {'ok': True}\n"))));
    }

    @AfterAll
    static void stop() {
        backend.known().forEach(backend::destroy);
        LocalSandboxBackend.deleteTree(root);
        TestConfigs.removeCgroups(root);
    }

    @Test
    void python_has_pytest_and_the_web_stack() {
        ExecResult result = run("python3 -c \"import fastapi, pytest, sqlalchemy, httpx, pydantic, uvicorn;"
                + " from fastapi.testclient import TestClient; print('python ok', fastapi.__version__)\""
                + " && python3 -m pytest --version");
        assertThat(result.exitCode()).as(result.stderrText()).isZero();
        assertThat(result.stdoutText()).contains("python ok");
    }

    @Test
    void node_resolves_the_platforms_packages_from_the_workspace_with_require_and_import() {
        ExecResult result = run("node -e \"require('react'); require('express'); console.log('cjs ok')\""
                + " && node esm.mjs && node src/deep/cjs.cjs && echo \"$PATH\"");
        assertThat(result.exitCode()).as(result.stderrText()).isZero();
        assertThat(result.stdoutText())
                .contains("cjs ok")
                .contains("<b>hi</b> function")
                .contains("18.3.1")
                .contains("/usr/bin:/bin:/node_modules/.bin");
    }

    @Test
    void the_packages_commands_run_from_the_path() {
        ExecResult result = run("tsc --version && vitest --version && vite --version");
        assertThat(result.exitCode())
                .as(result.stdoutText() + result.stderrText())
                .isZero();
        assertThat(result.stdoutText())
                .contains("Version 5.6")
                .contains("vitest/2.1")
                .contains("vite/5.4");
    }

    @Test
    void vitest_runs_a_jsx_test_and_pytest_a_fastapi_test_under_the_jails_limits() {
        ExecResult vitest = run("NO_COLOR=1 vitest run 2>&1");
        assertThat(vitest.exitCode()).as(vitest.stdoutText()).isZero();
        assertThat(vitest.stdoutText()).containsPattern("Tests\\s+1 passed");
        ExecResult pytest = run("python3 -m pytest -q -p no:cacheprovider test_api.py 2>&1");
        assertThat(pytest.exitCode()).as(pytest.stdoutText()).isZero();
        assertThat(pytest.stdoutText()).contains("1 passed");
        // Caches went to /tmp: the workspace holds only what was written to it.
        assertThat(run("ls -A").stdoutText()).doesNotContain("node_modules", ".pytest_cache", "__pycache__");
    }

    @Test
    void node_modules_is_read_only() {
        ExecResult result = run("touch /node_modules/planted; echo \"touch=$?\";"
                + " echo x >> /node_modules/react/index.js; echo \"append=$?\";"
                + " rm -rf /node_modules/react 2>/dev/null; test -f /node_modules/react/package.json && echo react-kept;"
                + " mkdir /node_modules/.bin/x; echo \"mkdir=$?\";"
                + " grep ' /node_modules ' /proc/self/mounts");
        assertThat(result.stdoutText())
                .contains("touch=1", "append=1", "react-kept", "mkdir=1")
                .containsPattern(" /node_modules \\S+ ro[,\\s]");
    }

    private static ExecResult run(String script) {
        return backend.exec(
                id,
                new ExecRequest(
                        List.of("/bin/bash", "-c", script),
                        null,
                        Duration.ofSeconds(60),
                        65536,
                        Instant.now().plusSeconds(90)));
    }

    private static WorkspaceFile file(String path, String content) {
        return new WorkspaceFile(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
