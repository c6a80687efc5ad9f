// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Builds devcloud's single Spring context: devcloud's own context files (META-INF/devcloud/spring-devcloud-*-context.xml)
 * and every CloudStack module on the class path, found the way CloudStack's module system finds them --
 * META-INF/cloudstack/&lt;module&gt;/module.properties (name, parent) with the *-context.xml files beside it. Parents
 * come before children; the folders of parent modules that are not on the class path themselves (CloudStack's
 * "core", "network"...) are read too, since plugins may put beans there (e.g. a core-managers context).
 * javax.inject's @Inject and the other annotations are honoured, and a later bean definition may override an
 * earlier one, as in CloudStack.
 */
public class ModuleContextBuilder {
    private static final Logger LOGGER = LogManager.getLogger(ModuleContextBuilder.class);
    public static final String DEVCLOUD_CONTEXTS = "classpath*:META-INF/devcloud/spring-devcloud-*-context.xml";
    public static final String MODULE_PROPERTIES = "classpath*:META-INF/cloudstack/*/module.properties";
    static final String CORE_MODULE = "core";

    private final ClassLoader classLoader;
    private final PathMatchingResourcePatternResolver resolver;
    private final Map<String, Object> singletons = new LinkedHashMap<>();
    private final List<String> loadedFiles = new ArrayList<>();

    public ModuleContextBuilder(ClassLoader classLoader) {
        this.classLoader = classLoader;
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    /** An object made before the context (options, database...) that beans may @Inject. */
    public ModuleContextBuilder withSingleton(String name, Object bean) {
        singletons.put(name, bean);
        return this;
    }

    public List<String> getLoadedFiles() {
        return loadedFiles;
    }

    /** Module names in load order: each after its parent. */
    public List<String> discoverModules() {
        Map<String, String> parentOf = new LinkedHashMap<>();
        for (Resource r : resources(MODULE_PROPERTIES)) {
            Properties p = new Properties();
            try (InputStream in = r.getInputStream()) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Unable to read " + r, e);
            }
            String name = p.getProperty("name");
            if (name == null || name.isBlank()) {
                LOGGER.warn("Ignoring {}: no name", r);
                continue;
            }
            parentOf.put(name.trim(), p.getProperty("parent", "").trim());
        }
        Set<String> ordered = new LinkedHashSet<>();
        // CloudStack's "core" module (engine/schema's DAOs, the core managers) is loaded before any other,
        // whether or not a module on the class path names it as its parent.
        ordered.add(CORE_MODULE);
        for (String name : parentOf.keySet()) {
            addWithParents(name, parentOf, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private void addWithParents(String name, Map<String, String> parentOf, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(name) || name.isEmpty()) {
            return;
        }
        if (!visiting.add(name)) {
            throw new IllegalStateException("Module parent cycle through " + visiting);
        }
        String parent = parentOf.getOrDefault(name, "");
        addWithParents(parent, parentOf, ordered, visiting);
        ordered.add(name);
    }

    public GenericApplicationContext build() {
        GenericApplicationContext ctx = new GenericApplicationContext();
        ctx.setClassLoader(classLoader);
        ctx.setAllowBeanDefinitionOverriding(true);
        DefaultListableBeanFactory factory = ctx.getDefaultListableBeanFactory();
        for (Map.Entry<String, Object> e : singletons.entrySet()) {
            factory.registerSingleton(e.getKey(), e.getValue());
        }
        AnnotationConfigUtils.registerAnnotationConfigProcessors(ctx);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(ctx);
        reader.setBeanClassLoader(classLoader);
        load(reader, resources(DEVCLOUD_CONTEXTS));
        List<String> modules = discoverModules();
        LOGGER.info("CloudStack modules on the class path: {}", modules);
        for (String module : modules) {
            load(reader, resources("classpath*:META-INF/cloudstack/" + module + "/*-context.xml"));
            load(reader, resources("classpath*:META-INF/cloudstack/" + module + "/*-context-inheritable.xml"));
        }
        return ctx;
    }

    private void load(XmlBeanDefinitionReader reader, Resource[] files) {
        for (Resource r : files) {
            reader.loadBeanDefinitions(r);
            loadedFiles.add(describe(r));
        }
    }

    private static String describe(Resource r) {
        try {
            String url = r.getURL().toString();
            int i = url.indexOf("META-INF/");
            return i >= 0 ? url.substring(i) : url;
        } catch (IOException e) {
            return r.getDescription();
        }
    }

    private Resource[] resources(String pattern) {
        try {
            Resource[] found = resolver.getResources(pattern);
            // class-path order differs between a jar run and an IDE run: sort for a stable bean order
            Arrays.sort(found, Comparator.comparing(ModuleContextBuilder::describe));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to list " + pattern, e);
        }
    }
}
