package dev.examloop.content.internal;

import dev.examloop.content.PackCatalog;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {
    @Bean
    PackCatalog packCatalog(@Value("${examloop.data-dir:${user.home}/.examloop}") Path dataDir) {
        return PackCatalog.load(dataDir);
    }
}
