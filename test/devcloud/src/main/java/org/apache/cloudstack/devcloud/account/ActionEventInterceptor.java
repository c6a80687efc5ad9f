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
package org.apache.cloudstack.devcloud.account;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.context.CallContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

import com.cloud.event.ActionEvent;
import com.cloud.utils.component.ComponentMethodInterceptable;

/**
 * CloudStack's ActionEventInterceptor: beans marked {@link ComponentMethodInterceptable} whose methods
 * carry {@link ActionEvent} are proxied; each call records a Started event (async events), then a
 * Completed (or Created, for create steps) event, or the same at ERROR level when the call throws.
 * Event type and description come from the CallContext when the code set them
 * (CallContext.setActionEventInfo), else from the annotation.
 */
public class ActionEventInterceptor implements BeanPostProcessor, ApplicationContextAware {
    private static final Logger LOGGER = LogManager.getLogger(ActionEventInterceptor.class);

    // looked up on first use: a BeanPostProcessor that injected the recorder (and its DAOs) at creation
    // would keep those beans from being post-processed themselves
    private ActionEventRecorder recorder;
    private ApplicationContext applicationContext;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.applicationContext = applicationContext;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (!(bean instanceof ComponentMethodInterceptable) || !hasActionEvents(AopUtils.getTargetClass(bean))) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        // a class proxy, so beans injected by their class (not only an interface) still resolve
        factory.setProxyTargetClass(true);
        factory.addAdvice(new Advice(bean));
        LOGGER.debug("@ActionEvent interception on {}", beanName);
        return factory.getProxy(bean.getClass().getClassLoader());
    }

    static boolean hasActionEvents(Class<?> clazz) {
        for (Class<?> c = clazz; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(ActionEvent.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private ActionEventRecorder recorder() {
        if (recorder == null && applicationContext != null) {
            recorder = applicationContext.getBean(ActionEventRecorder.class);
        }
        return recorder;
    }

    private final class Advice implements MethodInterceptor {
        private final Object target;

        Advice(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), AopUtils.getTargetClass(target));
            ActionEvent actionEvent = method.getAnnotation(ActionEvent.class);
            if (actionEvent == null) {
                return invocation.proceed();
            }
            CallContext ctx = CallContext.current();
            if (actionEvent.async()) {
                recordEvent(actionEvent, ctx, EventPhase.START, null);
            }
            try {
                Object result = invocation.proceed();
                recordEvent(actionEvent, ctx, EventPhase.COMPLETE, null);
                return result;
            } catch (Throwable t) {
                recordEvent(actionEvent, ctx, EventPhase.FAIL, t);
                throw t;
            }
        }
    }

    private enum EventPhase {
        START, COMPLETE, FAIL
    }

    private void recordEvent(ActionEvent actionEvent, CallContext ctx, EventPhase phase, Throwable failure) {
        try {
            long userId = ctx.getCallingUserId();
            long accountId = ctx.getProject() != null ? ctx.getProject().getProjectAccountId() : ctx.getCallingAccountId();
            String type = ctx.getEventType() != null ? ctx.getEventType() : actionEvent.eventType();
            String description = ctx.getEventDescription() != null ? ctx.getEventDescription() : actionEvent.eventDescription();
            if (ctx.getEventDetails() != null) {
                description += ". " + ctx.getEventDetails();
            }
            Long resourceId = actionEvent.resourceId() > 0 ? Long.valueOf(actionEvent.resourceId()) : ctx.getEventResourceId();
            String resourceType = !actionEvent.resourceType().isEmpty() ? actionEvent.resourceType()
                : ctx.getEventResourceType() == null || ctx.getEventResourceType() == ApiCommandResourceType.None ? null : ctx.getEventResourceType().toString();
            long startEventId = ctx.getStartEventId();
            boolean display = ctx.isEventDisplayEnabled();
            ActionEventRecorder.Phase kind;
            String level = EventVO.LEVEL_INFO;
            String text;
            if (phase == EventPhase.START) {
                kind = ActionEventRecorder.Phase.STARTED;
                text = "Starting job for " + description;
            } else if (actionEvent.create()) {
                // the create step starts a chain: its event has no start id
                kind = ActionEventRecorder.Phase.CREATED;
                startEventId = 0;
                if (phase == EventPhase.COMPLETE) {
                    text = "Successfully created entity for " + description;
                } else {
                    level = EventVO.LEVEL_ERROR;
                    text = "Error while creating entity for " + description;
                }
            } else {
                kind = ActionEventRecorder.Phase.COMPLETED;
                if (phase == EventPhase.COMPLETE) {
                    text = "Successfully completed " + description;
                } else {
                    level = EventVO.LEVEL_ERROR;
                    text = "Error while " + description;
                }
            }
            recorder().record(kind, userId, accountId, level, type, display, text, resourceId, resourceType, startEventId);
        } catch (RuntimeException e) {
            // an event that cannot be written must not fail the operation it describes
            LOGGER.warn("Unable to record the {} event {}: {}", phase, actionEvent.eventType(), e.getMessage());
        }
    }
}
