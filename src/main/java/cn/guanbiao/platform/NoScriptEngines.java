package cn.guanbiao.platform;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * The engine finds no script engine for any language, not even the JUEL one Camunda brings: a script task, a script
 * listener or condition, or a DMN cell in a script language fails instead of running. The models use no script, and
 * {@link DeployedModelCheck} refuses new ones; this also holds for whatever was deployed before it.
 */
class NoScriptEngines implements ScriptEngineResolver {

    private final ScriptEngineManager none = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
        // none added
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return none;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        return null;
    }
}
